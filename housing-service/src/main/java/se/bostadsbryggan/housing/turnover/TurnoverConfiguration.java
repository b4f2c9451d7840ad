package se.bostadsbryggan.housing.turnover;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Runs {@link TurnoverYearClose} on its schedule.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class TurnoverConfiguration {

}
