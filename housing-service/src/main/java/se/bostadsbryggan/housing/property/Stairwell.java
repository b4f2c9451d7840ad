package se.bostadsbryggan.housing.property;

import java.util.UUID;

/**
 * A stairwell (trappuppgång) of a building of a property: the unit later checks count and
 * compare per.
 *
 * @param id internal id
 * @param code the stairwell's unique code, e.g. {@code STORG-12A}
 * @param streetAddress the building's street address
 * @param property the property's designation (fastighetsbeteckning)
 * @param propertyName the property's everyday name
 */
public record Stairwell(UUID id, String code, String streetAddress, String property, String propertyName) {
}
