package vn.motcua.identity;

import java.util.Optional;

/**
 * Accounts of people who sign in with their national electronic identity (tài khoản định danh điện tử). The first
 * sign-in creates the applicant's account; later ones, through either provider, reach the same account because it is
 * found by the personal identity number.
 */
public interface NationalIdentities {

    /** The claims the signed-in principal carries beside the provider's (kept with the session). */
    String USERNAME_CLAIM = "motcua_username";
    String PROVIDER_CLAIM = "motcua_provider";
    String LEVEL_CLAIM = "motcua_assurance_level";

    /** How the current user signed in: which provider, at which assurance level (kept with the session). */
    record SignIn(String provider, int assuranceLevel) {}

    /**
     * Links the person to their account (creating it, as an applicant, on the first sign-in), records the attributes
     * and the provider's subject, and returns the account.
     */
    UserAccount signIn(NationalIdentity identity);

    /**
     * Links the person to an existing account, signed in with its password (an officer linking their identity), so that
     * later sign-ins with the identity reach that account; records the attributes as {@link #signIn} does. Linking
     * again to the same account is harmless. 409 when the number is linked to another account, or the account to
     * another number.
     */
    UserAccount link(String username, NationalIdentity identity);

    /** The identity as last recorded for the account, if it signed in with a national identity. */
    Optional<NationalIdentity> of(String username);

    /** How the current request's user signed in, when it was through a national identity provider. */
    Optional<SignIn> currentSignIn();

    /** People who signed in through a national identity provider at least at {@code level}. */
    long countAtLeast(int level);
}
