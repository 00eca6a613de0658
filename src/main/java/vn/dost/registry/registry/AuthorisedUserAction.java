package vn.dost.registry.registry;

/** What an officer (or the holder) decides about a producer's right to use a title. */
public enum AuthorisedUserAction {

	/** Stops the right for a while (e.g. during an inspection); needs a reason. */
	SUSPEND,

	/** Restores a suspended right. */
	REINSTATE,

	/** Ends the right for good; needs a reason. */
	REVOKE

}
