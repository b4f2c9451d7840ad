package se.bostadsbryggan.gateway.oidc;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.core.oidc.IdTokenClaimNames;

import se.bostadsbryggan.gateway.account.Accounts;
import se.bostadsbryggan.gateway.audit.AuditLog;

/**
 * Login through an OpenID Connect provider, when {@code bb.login.oidc.enabled=true}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty("bb.login.oidc.enabled")
class OidcLoginConfiguration {

	/** The id of the provider's client registration, part of the login URLs. */
	static final String REGISTRATION_ID = "oidc";

	@Bean
	ClientRegistrationRepository clientRegistrationRepository(OidcProperties properties) {
		properties.checkComplete();
		return new ProviderRegistrationConfig(properties);
	}

	@Bean
	ExternalLogins externalLogins(Accounts accounts, AuditLog audit, OidcProperties properties) {
		return new ExternalLogins(accounts, audit, properties);
	}

	@Bean
	OidcLoginConfig oidcLoginConfig(ExternalLogins logins, ClientRegistrationRepository registrations) {
		return new OidcLoginConfig(logins, registrations);
	}

	/**
	 * The gateway's registration at the provider, read from the provider's discovery
	 * document at the first login rather than at start, so that local logins work while
	 * the provider is unreachable.
	 */
	static final class ProviderRegistrationConfig implements ClientRegistrationRepository {

		private final OidcProperties properties;

		private volatile ClientRegistration registration;

		ProviderRegistrationConfig(OidcProperties properties) {
			this.properties = properties;
		}

		@Override
		public ClientRegistration findByRegistrationId(String registrationId) {
			if (!REGISTRATION_ID.equals(registrationId)) {
				return null;
			}
			ClientRegistration found = this.registration;
			if (found == null) {
				synchronized (this) {
					found = this.registration;
					if (found == null) {
						found = ClientRegistrations.fromIssuerLocation(this.properties.issuerUri().toString())
							.registrationId(REGISTRATION_ID)
							.clientId(this.properties.clientId())
							.clientSecret(this.properties.clientSecret())
							.scope(this.properties.scopes())
							.userNameAttributeName(IdTokenClaimNames.SUB)
							.clientName(this.properties.displayName())
							.build();
						this.registration = found;
					}
				}
			}
			return found;
		}

	}

}
