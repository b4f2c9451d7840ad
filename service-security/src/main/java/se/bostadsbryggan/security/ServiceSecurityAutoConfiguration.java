package se.bostadsbryggan.security;

import java.time.Duration;
import java.util.List;

import jakarta.servlet.DispatcherType;

import org.springframework.beans.BeansException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.support.csrf.CsrfRequestDataValueProcessor;
import org.springframework.web.servlet.LocaleResolver;

import se.bostadsbryggan.web.GatewayCsrfFields;
import se.bostadsbryggan.web.LanguageResolver;

/**
 * Makes a service a resource server of the gateway's identity token: RS256 only, checked
 * against the gateway's JWKS ({@code bb.security.jwk-set-uri}), with its issuer, audience
 * and expiry; the token's {@code roles} become {@code ROLE_*} authorities. Stateless, and
 * without Spring Security's own CSRF check: the gateway checks CSRF for every proxied
 * request, and web-support's {@link GatewayCsrfFields} keeps putting its token into
 * forms. Which roles reach which paths is the service's {@link AccessRules} bean.
 */
@AutoConfiguration(beforeName = {
		"org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration",
		"org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration",
		"org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration",
		"org.springframework.boot.security.autoconfigure.actuate.web.servlet.ManagementWebSecurityAutoConfiguration",
		"org.springframework.boot.security.oauth2.server.resource.autoconfigure.servlet.OAuth2ResourceServerAutoConfiguration" })
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties(ServiceSecurityProperties.class)
public class ServiceSecurityAutoConfiguration {

	/** Paths open without a token: the probes. */
	static final String[] OPEN = { "/actuator/health", "/actuator/health/**" };

	/** Paths any valid token reaches, whatever its roles. */
	static final String[] ANY_TOKEN = { "/actuator/info", "/actuator/prometheus" };

	@Bean
	@ConditionalOnMissingBean
	JwtDecoder jwtDecoder(ServiceSecurityProperties properties, Environment environment) {
		NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(properties.jwkSetUri(environment))
			.jwsAlgorithm(SignatureAlgorithm.RS256)
			.build();
		decoder.setJwtValidator(validator(properties.clockSkew()));
		return decoder;
	}

	static OAuth2TokenValidator<Jwt> validator(Duration clockSkew) {
		return new DelegatingOAuth2TokenValidator<>(List.of(new JwtTimestampValidator(clockSkew),
				new JwtClaimValidator<Object>(JwtClaimNames.EXP, (exp) -> exp != null),
				new JwtIssuerValidator(ServiceSecurityProperties.ISSUER), new JwtClaimValidator<List<String>>(
						JwtClaimNames.AUD, (aud) -> aud != null && aud.contains(ServiceSecurityProperties.AUDIENCE))));
	}

	static JwtAuthenticationConverter rolesAsAuthorities() {
		JwtGrantedAuthoritiesConverter roles = new JwtGrantedAuthoritiesConverter();
		roles.setAuthoritiesClaimName("roles");
		roles.setAuthorityPrefix("ROLE_");
		JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
		converter.setJwtGrantedAuthoritiesConverter(roles);
		return converter;
	}

	@Bean
	@ConditionalOnMissingBean(SecurityFilterChain.class)
	SecurityFilterChain serviceSecurityFilterChain(HttpSecurity http, JwtDecoder decoder,
			ObjectProvider<AccessRules> accessRules, MessageSource messages, ObjectProvider<LocaleResolver> locales)
			throws Exception {
		AccessRules rules = accessRules.getIfAvailable(() -> new AccessRules(List.of()));
		ProblemResponses problems = new ProblemResponses(messages, locales.getIfAvailable(LanguageResolver::new));
		http.sessionManagement((sessions) -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf(AbstractHttpConfigurer::disable)
			.requestCache(AbstractHttpConfigurer::disable)
			.formLogin(AbstractHttpConfigurer::disable)
			.httpBasic(AbstractHttpConfigurer::disable)
			.logout(AbstractHttpConfigurer::disable)
			.authorizeHttpRequests((authorize) -> {
				authorize.dispatcherTypeMatchers(DispatcherType.ERROR).permitAll();
				authorize.requestMatchers(OPEN).permitAll();
				authorize.requestMatchers(ANY_TOKEN).authenticated();
				for (AccessRules.Rule rule : rules.rules()) {
					authorize.requestMatchers(rule.patterns().toArray(String[]::new))
						.hasAnyRole(rule.roles().toArray(String[]::new));
				}
				authorize.anyRequest().denyAll();
			})
			.oauth2ResourceServer((server) -> server
				.jwt((jwt) -> jwt.decoder(decoder).jwtAuthenticationConverter(rolesAsAuthorities()))
				.authenticationEntryPoint(problems)
				.accessDeniedHandler(problems))
			.exceptionHandling(
					(exceptions) -> exceptions.authenticationEntryPoint(problems).accessDeniedHandler(problems));
		return http.build();
	}

	/**
	 * Keeps the gateway's CSRF token in the services' forms: Spring Security registers
	 * its own {@code requestDataValueProcessor}, which with CSRF off here would add
	 * nothing.
	 * @return the post-processor that puts {@link GatewayCsrfFields} in its place
	 */
	@Bean
	static BeanPostProcessor gatewayCsrfFieldsInForms() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) throws BeansException {
				return (bean instanceof CsrfRequestDataValueProcessor) ? new GatewayCsrfFields() : bean;
			}
		};
	}

}
