package se.bostadsbryggan.allocation.takeover;

/** Where a contract stands, as the contracts page shows it. */
public enum ContractStatus {

	/** Every takeover criterion is met. */
	TRANSFERABLE,

	/** Not yet, with a day it is expected to become transferable. */
	EXPECTED,

	/** Not yet, and no day can be foreseen (a new assessment or the rent is missing). */
	NOT_YET,

	/** Marked as a lasting solution: not evaluated. */
	LASTING,

	/** The guarantee was released: not evaluated. */
	RELEASED,

	/** The subtenant took the contract over. */
	TAKEN_OVER,

	/** The lease has ended. */
	ENDED

}
