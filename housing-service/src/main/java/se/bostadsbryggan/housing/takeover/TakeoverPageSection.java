package se.bostadsbryggan.housing.takeover;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import se.bostadsbryggan.housing.apartment.Apartment;
import se.bostadsbryggan.housing.lease.Lease;
import se.bostadsbryggan.housing.lease.LeasePageSection;
import se.bostadsbryggan.housing.lease.LeaseType;

/**
 * On the page of an apartment: for its social contracts and guaranteed leases, whether
 * they are transferable, where their takeover stands, and a released guarantee. Reads no
 * personal data (the takeover page shows the new tenant).
 */
@Component
class TakeoverPageSection implements LeasePageSection {

	private final TakeoverService takeovers;

	TakeoverPageSection(TakeoverService takeovers) {
		this.takeovers = takeovers;
	}

	@Override
	public String template() {
		return "takeover/section";
	}

	@Override
	public Map<String, Object> data(Apartment apartment, List<Lease> history) {
		List<TakeoverStatus> statuses = history.stream()
			.filter((lease) -> lease.type() != LeaseType.FIRST_HAND)
			.map((lease) -> new TakeoverStatus(lease, this.takeovers.transferability(lease.id()).orElse(null),
					this.takeovers.state(lease.id()).orElse(null),
					this.takeovers.guaranteeReleasedOn(lease.id()).orElse(null)))
			.filter((status) -> status.lease().endable() || status.takeoverOutcome() != null)
			.toList();
		return statuses.isEmpty() ? Map.of() : Map.of("statuses", statuses);
	}

}
