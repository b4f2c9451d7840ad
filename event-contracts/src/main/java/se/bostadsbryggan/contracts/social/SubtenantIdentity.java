package se.bostadsbryggan.contracts.social;

/**
 * Who will live in a placed apartment, as the housing company may know them once the
 * placement is agreed and the client has consented. Never on a topic in clear: only as
 * the JSON inside the {@link Sealed} of {@link SubtenantIdentityShared}.
 *
 * @param personalIdentityNumber the subtenant's personal identity or coordination number,
 * 12 digits
 * @param name the subtenant's name
 * @param householdSize the people who will live in the apartment, the subtenant included
 */
public record SubtenantIdentity(String personalIdentityNumber, String name, int householdSize) {

}
