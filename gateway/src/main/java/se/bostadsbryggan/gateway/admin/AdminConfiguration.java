package se.bostadsbryggan.gateway.admin;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import se.bostadsbryggan.gateway.account.Accounts;
import se.bostadsbryggan.gateway.account.PasswordPolicy;
import se.bostadsbryggan.gateway.audit.AuditLog;

@Configuration(proxyBeanMethods = false)
class AdminConfiguration {

	@Bean
	UserAdministration userAdministration(Accounts accounts, PasswordPolicy policy, AuditLog audit) {
		return new UserAdministration(accounts, policy, audit);
	}

}
