package se.bostadsbryggan.allocation.notification;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Stores notices and who read them. Which notices a reader sees is part of each query:
 * those for their username, and those for their organisation(s).
 */
@Repository
class NotificationRepository {

	private static final String VISIBLE = """
			(n.recipient = :username or (n.organisation = 'HOUSING' and :housing)
			 or (n.organisation = 'SOCIAL' and :social))
			""";

	private final JdbcClient jdbc;

	NotificationRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(UUID id, String kind, Audience audience, String textKey, List<String> args, String link, Instant at) {
		this.jdbc.sql("""
				insert into notification (id, kind, text_key, text_args, link, recipient, organisation, created_at)
				values (:id, :kind, :key, :args, :link, :recipient, :organisation, :at)
				""")
			.param("id", id)
			.param("kind", kind)
			.param("key", textKey)
			.param("args", args.toArray(String[]::new))
			.param("link", link)
			.param("recipient", audience.username())
			.param("organisation", audience.organisation())
			.param("at", Timestamp.from(at))
			.update();
	}

	List<Notice> visible(Reader reader, int limit) {
		return reader(this.jdbc.sql("""
				select n.id, n.kind, n.text_key, n.text_args, n.link, n.created_at, r.username is not null as read
				from notification n
				left join notification_read r on r.notification_id = n.id and r.username = :username
				where""" + VISIBLE + "order by n.created_at desc, n.id limit :limit"), reader).param("limit", limit)
			.query(NotificationRepository::notice)
			.list();
	}

	int unread(Reader reader) {
		return reader(this.jdbc.sql("""
				select count(*) from notification n
				where""" + VISIBLE + """
				and not exists (select 1 from notification_read r
				                where r.notification_id = n.id and r.username = :username)
				"""), reader).query(Integer.class).single();
	}

	/** Marks the notices the reader sees and has not read yet, or only one of them. */
	int markRead(Reader reader, UUID only, Instant at) {
		return reader(this.jdbc.sql("""
				insert into notification_read (notification_id, username, read_at)
				select n.id, :username, :at from notification n
				where (cast(:only as uuid) is null or n.id = :only) and""" + VISIBLE + """
				on conflict do nothing
				"""), reader).param("only", only).param("at", Timestamp.from(at)).update();
	}

	private static JdbcClient.StatementSpec reader(JdbcClient.StatementSpec sql, Reader reader) {
		return sql.param("username", reader.username())
			.param("housing", reader.housing())
			.param("social", reader.social());
	}

	private static Notice notice(ResultSet rs, int row) throws SQLException {
		Array args = rs.getArray("text_args");
		return new Notice(rs.getObject("id", UUID.class), rs.getString("kind"), rs.getString("text_key"),
				List.of((String[]) args.getArray()), rs.getString("link"), rs.getTimestamp("created_at").toInstant(),
				rs.getBoolean("read"));
	}

	/**
	 * Who reads: their username and the organisations whose notices they see.
	 *
	 * @param username the login name
	 * @param housing whether they see the housing company's notices
	 * @param social whether they see social services' notices
	 */
	record Reader(String username, boolean housing, boolean social) {

	}

}
