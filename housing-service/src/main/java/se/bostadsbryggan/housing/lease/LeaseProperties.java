package se.bostadsbryggan.housing.lease;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of leases.
 *
 * @param municipality the municipality's name: the tenant of every social contract, as
 * lease events name it
 */
@ConfigurationProperties("bb.housing.lease")
record LeaseProperties(@DefaultValue("Götene kommun") String municipality) {
}
