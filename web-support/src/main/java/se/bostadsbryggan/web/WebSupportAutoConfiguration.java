package se.bostadsbryggan.web;

import java.math.BigDecimal;
import java.time.Clock;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnResource;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.validation.autoconfigure.ValidationConfigurationCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * Correlation ids, problem details, Swedish-first language resolution and Swedish formats
 * for every servlet web application of the system.
 */
@AutoConfiguration(before = WebMvcAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class WebSupportAutoConfiguration {

	@Bean
	FilterRegistrationBean<CorrelationIdFilter> correlationIdFilter() {
		FilterRegistrationBean<CorrelationIdFilter> registration = new FilterRegistrationBean<>(
				new CorrelationIdFilter());
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return registration;
	}

	@Bean
	ProblemDetailsAdvice problemDetailsAdvice(MessageSource messageSource) {
		return new ProblemDetailsAdvice(messageSource);
	}

	/**
	 * Declared after {@link #problemDetailsAdvice}: both have the lowest precedence, so
	 * the REST controllers' own advice is asked first.
	 * @param problems the advice that writes the problem details
	 * @return the advice for paths under {@code /api/} that nothing maps
	 */
	@Bean
	UnmappedApiPathAdvice unmappedApiPathAdvice(ProblemDetailsAdvice problems) {
		return new UnmappedApiPathAdvice(problems);
	}

	/**
	 * Declared after the two above, for the same reason: a REST controller's
	 * {@link ProblemException} stays a problem detail. Only in an app with its own
	 * {@value ProblemPageAdvice#VIEW} template.
	 * @return the advice that renders a page controller's problem as a page
	 */
	@Bean
	@ConditionalOnResource(resources = "classpath:/templates/" + ProblemPageAdvice.VIEW + ".html")
	ProblemPageAdvice problemPageAdvice() {
		return new ProblemPageAdvice();
	}

	@Bean(name = "localeResolver")
	LocaleResolver localeResolver() {
		return new LanguageResolver();
	}

	/**
	 * The gateway's CSRF token in the services' forms. Not in an app with Spring Security
	 * (the gateway), which puts its own token into its own forms.
	 * @return the processor Thymeleaf asks for hidden form fields
	 */
	@Bean(name = "requestDataValueProcessor")
	@ConditionalOnMissingClass("org.springframework.security.web.servlet.support.csrf.CsrfRequestDataValueProcessor")
	GatewayCsrfFields requestDataValueProcessor() {
		return new GatewayCsrfFields();
	}

	/**
	 * Bean Validation's idea of "now" ({@code @PastOrPresent}, {@code @Future}) is the
	 * application's {@link Clock}, so such rules are testable like every other date rule.
	 * @param clock the application's clock, or the system's if it has none
	 * @return the customizer
	 */
	@Bean
	ValidationConfigurationCustomizer validationClock(ObjectProvider<Clock> clock) {
		return (configuration) -> configuration.clockProvider(() -> clock.getIfAvailable(Clock::systemDefaultZone));
	}

	@Bean(name = "fmt")
	SwedishFormats fmt() {
		return new SwedishFormats();
	}

	@Bean
	WebMvcConfigurer languageSwitch() {
		return new WebMvcConfigurer() {
			@Override
			public void addInterceptors(InterceptorRegistry registry) {
				LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
				interceptor.setParamName("lang");
				interceptor.setIgnoreInvalidLocale(true);
				registry.addInterceptor(interceptor);
			}

			@Override
			public void addFormatters(FormatterRegistry registry) {
				registry.addFormatterForFieldType(BigDecimal.class, new DecimalFormatter());
			}
		};
	}

}
