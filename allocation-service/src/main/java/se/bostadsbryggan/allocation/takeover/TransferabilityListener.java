package se.bostadsbryggan.allocation.takeover;

/**
 * Told once per change of a contract's transferability, inside the transaction that
 * records the change and appends {@code TransferabilityChanged} to the outbox: what a
 * listener writes commits or rolls back with it. Every bean of this type is called.
 */
public interface TransferabilityListener {

	/**
	 * @param change the change
	 */
	void transferabilityChanged(TransferabilityChange change);

}
