package se.bostadsbryggan.gateway.oidc;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

import se.bostadsbryggan.gateway.account.Organisation;
import se.bostadsbryggan.gateway.account.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class OidcPropertiesTest {

	@Test
	void bindsEverySettingFromEnvironmentVariablesAsComposeSetsThem() {
		OidcProperties properties = bind(Map.of("BB_LOGIN_OIDC_ENABLED", "true", "BB_LOGIN_OIDC_ISSUER_URI",
				"https://idp.kommun.example/realms/personal", "BB_LOGIN_OIDC_CLIENT_ID", "bostadsbryggan",
				"BB_LOGIN_OIDC_CLIENT_SECRET", "hemligt", "BB_LOGIN_OIDC_DISPLAY_NAME", "Kommunens inloggning",
				"BB_LOGIN_OIDC_ROLES_CLAIM", "roles", "BB_LOGIN_OIDC_UNIT_CLAIM", "department",
				"BB_LOGIN_OIDC_ROLEMAPPING_HOUSING_STAFF", "Bostad-Uthyrare,Bostad-Bovard",
				"BB_LOGIN_OIDC_ROLEMAPPING_SOCIAL_CASEWORKER", "SOC_Handlaggare"));

		assertThat(properties.enabled()).isTrue();
		assertThat(properties.issuerUri()).hasToString("https://idp.kommun.example/realms/personal");
		assertThat(properties.displayName()).isEqualTo("Kommunens inloggning");
		assertThat(properties.rolesClaim()).isEqualTo("roles");
		assertThat(properties.unitClaim()).isEqualTo("department");
		assertThat(properties.roleMapping()).containsExactlyInAnyOrderEntriesOf(Map.of(Role.HOUSING_STAFF,
				List.of("Bostad-Uthyrare", "Bostad-Bovard"), Role.SOCIAL_CASEWORKER, List.of("SOC_Handlaggare")));
		properties.checkComplete();
	}

	@Test
	void isOffWithDefaultsWhenNothingIsSet() {
		OidcProperties properties = bind(Map.of());

		assertThat(properties.enabled()).isFalse();
		assertThat(properties.scopes()).containsExactly("openid", "profile", "email");
		assertThat(properties.rolesClaim()).isEqualTo("groups");
		assertThat(properties.usernameClaim()).isEqualTo("preferred_username");
		assertThat(properties.unitClaim()).isNull();
		assertThat(properties.adminOrganisation()).isEqualTo(Organisation.HOUSING);
		assertThat(properties.roleMapping()).isEmpty();
	}

	@Test
	void bindsTheEmptyValuesComposePassesWhenLoginThroughAProviderIsOff() {
		Map<String, Object> env = new java.util.LinkedHashMap<>();
		for (String name : List.of("ISSUER_URI", "CLIENT_ID", "CLIENT_SECRET", "UNIT_CLAIM",
				"ROLEMAPPING_HOUSING_STAFF", "ROLEMAPPING_HOUSING_MANAGER", "ROLEMAPPING_SOCIAL_CASEWORKER",
				"ROLEMAPPING_SOCIAL_MANAGER", "ROLEMAPPING_ADMIN")) {
			env.put("BB_LOGIN_OIDC_" + name, "");
		}
		env.put("BB_LOGIN_OIDC_ENABLED", "false");
		env.put("BB_LOGIN_OIDC_ROLES_CLAIM", "groups");

		OidcProperties properties = bind(env);

		assertThat(properties.enabled()).isFalse();
		assertThat(properties.issuerUri()).isNull();
		assertThat(properties.unitClaim()).isNull();
		assertThat(properties.roleMapping().values()).allSatisfy((values) -> assertThat(values).isEmpty());
	}

	@Test
	void refusesToStartEnabledWithoutAProviderOrAMapping() {
		assertThatIllegalStateException()
			.isThrownBy(() -> bind(Map.of("BB_LOGIN_OIDC_ENABLED", "true")).checkComplete())
			.withMessageContaining("BB_LOGIN_OIDC_ISSUER_URI");
		assertThatIllegalStateException()
			.isThrownBy(() -> bind(Map.of("BB_LOGIN_OIDC_ENABLED", "true", "BB_LOGIN_OIDC_ISSUER_URI",
					"https://idp.example", "BB_LOGIN_OIDC_CLIENT_ID", "x", "BB_LOGIN_OIDC_CLIENT_SECRET", "y"))
				.checkComplete())
			.withMessageContaining("BB_LOGIN_OIDC_ROLEMAPPING_HOUSING_STAFF");
	}

	@Test
	void refusesRoleCombinationsNoUserMayHave() {
		assertThat(ExternalLogins.refusal(java.util.Set.of())).isEqualTo(ExternalLogins.Refusal.NO_ROLE);
		assertThat(ExternalLogins.refusal(java.util.Set.of(Role.HOUSING_STAFF, Role.SOCIAL_MANAGER)))
			.isEqualTo(ExternalLogins.Refusal.TWO_ORGANISATIONS);
		assertThat(ExternalLogins.refusal(java.util.Set.of(Role.ADMIN, Role.HOUSING_STAFF)))
			.isEqualTo(ExternalLogins.Refusal.ADMIN_WITH_OTHERS);
		assertThat(ExternalLogins.refusal(java.util.Set.of(Role.HOUSING_STAFF, Role.HOUSING_MANAGER))).isNull();
		assertThat(ExternalLogins.refusal(java.util.Set.of(Role.ADMIN))).isNull();
	}

	private static OidcProperties bind(Map<String, Object> env) {
		StandardEnvironment environment = new StandardEnvironment();
		environment.getPropertySources().remove(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME);
		environment.getPropertySources().remove(StandardEnvironment.SYSTEM_PROPERTIES_PROPERTY_SOURCE_NAME);
		environment.getPropertySources()
			.addFirst(new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
					env));
		return new Binder(ConfigurationPropertySources.get(environment)).bindOrCreate("bb.login.oidc",
				OidcProperties.class);
	}

}
