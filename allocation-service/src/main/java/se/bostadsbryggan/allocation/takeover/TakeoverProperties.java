package se.bostadsbryggan.allocation.takeover;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The settings of the takeover evaluation ({@code bb.allocation.takeover.*}).
 *
 * @param evaluationCron when the daily evaluation of every running contract runs, a
 * Spring cron expression in the zone of the service's clock (Europe/Stockholm in
 * production)
 */
@ConfigurationProperties("bb.allocation.takeover")
public record TakeoverProperties(@DefaultValue("0 5 2 * * *") String evaluationCron) {

}
