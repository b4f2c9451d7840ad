package se.bostadsbryggan.housing.rent;

import java.time.YearMonth;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the rent ledger.
 *
 * @param ledgerStart the first month the ledger charges rent for: leases that started
 * earlier (imported history) get charges from this month on, so their earlier rent, kept
 * in the former system, is not shown as arrears
 * @param runCron when the daily ledger run generates the coming month's charges and
 * reports overdue rent
 */
@ConfigurationProperties("bb.housing.rent")
record RentProperties(@DefaultValue("2026-01") YearMonth ledgerStart, @DefaultValue("0 15 0 * * *") String runCron) {
}
