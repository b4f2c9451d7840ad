package se.bostadsbryggan.audit;

import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

class AuditQueryTest {

	@Test
	void blankFiltersMeanNoFilterAndThePageIsCapped() {
		AuditQuery query = new AuditQuery(null, null, "  ", "", " CLIENT_VIEW ", null, null, 10_000);

		assertThat(query.username()).isNull();
		assertThat(query.action()).isNull();
		assertThat(query.subjectType()).isEqualTo("CLIENT_VIEW");
		assertThat(query.page()).isEqualTo(AuditQuery.MAX_PAGE);
		assertThat(new AuditQuery(null, null, null, null, null, null, null, -3).page()).isZero();
		assertThat(AuditQuery.all().page()).isZero();
	}

	@Test
	void anEventNeedsAnActionAndASubjectTypeAndKeepsItsDetails() {
		AuditEvent event = AuditEvent.of("CLIENT_EXPORT", "CLIENT", null)
			.purpose("export")
			.details(Map.of("rows", 4))
			.concerningProtectedIdentity();

		assertThat(event.subjectId()).isNull();
		assertThat(event.purpose()).isEqualTo("export");
		assertThat(event.details()).containsEntry("rows", 4);
		assertThat(event.protectedIdentity()).isTrue();
		assertThatNullPointerException().isThrownBy(() -> AuditEvent.of(null, "CLIENT", null));
	}

	@Test
	void withoutATokenTheActorIsEmpty() {
		Actor actor = Actor.current();

		assertThat(actor.id()).isNull();
		assertThat(actor.username()).isNull();
		assertThat(actor.roles()).isEmpty();
		assertThat(new CurrentUser().hasRole("SOCIAL_MANAGER")).isFalse();
	}

}
