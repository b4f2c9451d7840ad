package se.bostadsbryggan.launcher;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class LocalDatabasesTest {

	private final LocalDatabases databases = new LocalDatabases("jdbc:postgresql://127.0.0.1:5432/postgres", "postgres",
			null);

	@Test
	void derivesADatabaseUrlOnTheSameServer() {
		assertThat(this.databases.databaseUrl("housing")).isEqualTo("jdbc:postgresql://127.0.0.1:5432/housing");
		assertThat(LocalDatabases.databaseUrl("jdbc:postgresql://db:5433/postgres?sslmode=disable&user=x", "social"))
			.isEqualTo("jdbc:postgresql://db:5433/social?sslmode=disable&user=x");
		assertThat(LocalDatabases.databaseUrl("jdbc:postgresql://db", "gateway"))
			.isEqualTo("jdbc:postgresql://db/gateway");
	}

	@ParameterizedTest
	@ValueSource(strings = { "Housing", "1housing", "housing-db", "housing;drop", "", "\"x\"" })
	void rejectsNamesThatNeedQuoting(String name) {
		assertThatIllegalArgumentException().isThrownBy(() -> this.databases.ensure(name, "housing", "pw"))
			.withMessageContaining("Invalid PostgreSQL name");
		assertThatIllegalArgumentException().isThrownBy(() -> this.databases.ensure("housing", name, "pw"))
			.withMessageContaining("Invalid PostgreSQL name");
	}

	@Test
	void rejectsNamesLongerThanPostgresKeeps() {
		assertThatIllegalArgumentException().isThrownBy(() -> this.databases.databaseUrl("a".repeat(64)));
	}

	@Test
	void acceptsOnlyPostgresUrls() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new LocalDatabases("jdbc:mysql://127.0.0.1/x", "root", ""))
			.withMessageContaining("Not a PostgreSQL JDBC URL");
	}

}
