package se.bostadsbryggan.audit;

import java.time.Clock;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.BeansException;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcClientAutoConfiguration;
import org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.support.AbstractResourceBasedMessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authorization.AuthorizationEventPublisher;
import org.springframework.security.authorization.SpringAuthorizationEventPublisher;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The audit log of a service that holds personal data: the {@link AuditLog} recorder and
 * query, the recording of requests Spring Security refuses ({@link AccessDenialAudit}),
 * the {@code currentUser} bean for templates, and the texts of the manager's page (bundle
 * {@code audit}, added to the application's message source). The service creates the
 * {@code audit_event} table with Flyway: {@code spring.flyway.locations} includes
 * {@code classpath:db/audit}.
 */
@AutoConfiguration(after = { DataSourceAutoConfiguration.class, JdbcClientAutoConfiguration.class,
		JacksonAutoConfiguration.class, TransactionAutoConfiguration.class })
@ConditionalOnBean(JdbcClient.class)
public class AuditAutoConfiguration {

	/** The message bundle of the audit page. */
	public static final String MESSAGES = "audit";

	@Bean
	@ConditionalOnMissingBean
	AuditLog auditLog(JdbcClient jdbc, PlatformTransactionManager transactions, JsonMapper json,
			org.springframework.beans.factory.ObjectProvider<Clock> clock) {
		return new AuditLog(jdbc, transactions, json, clock.getIfAvailable(Clock::systemDefaultZone));
	}

	@Bean(name = "currentUser")
	@ConditionalOnMissingBean(name = "currentUser")
	CurrentUser currentUser() {
		return new CurrentUser();
	}

	/**
	 * Lets Spring Security publish its refusals, so {@link AccessDenialAudit} records
	 * them.
	 * @param publisher the application's event publisher
	 * @return the authorization event publisher (refusals only)
	 */
	@Bean
	@ConditionalOnMissingBean
	AuthorizationEventPublisher authorizationEventPublisher(ApplicationEventPublisher publisher) {
		return new SpringAuthorizationEventPublisher(publisher);
	}

	@Bean
	AccessDenialAudit accessDenialAudit(AuditLog auditLog) {
		return new AccessDenialAudit(auditLog);
	}

	/**
	 * Adds the audit page's bundle to the application's message source, whatever base
	 * names the application configured.
	 * @return the post-processor
	 */
	@Bean
	static BeanPostProcessor auditMessages() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) throws BeansException {
				if (bean instanceof AbstractResourceBasedMessageSource source && "messageSource".equals(beanName)
						&& !source.getBasenameSet().contains(MESSAGES)) {
					source.addBasenames(MESSAGES);
				}
				return bean;
			}
		};
	}

}
