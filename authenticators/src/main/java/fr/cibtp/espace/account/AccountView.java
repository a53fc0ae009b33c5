package fr.cibtp.espace.account;

import java.util.List;
import java.util.Map;

import fr.cibtp.espace.passkey.Passkeys;

/**
 * What "Connexion et contact" shows: the sign-in address, the names, the phones as people read them, whether the
 * mobile is certified, where each "Modifier" leads ({@link AccountChange#word} to the address), the space's portal
 * (null when its client has no home address), the sign-out, how the user is told of new documents ("email", "sms"),
 * and the passkeys, each with the link that removes it (by its id).
 */
public record AccountView(String email, String lastName, String firstName, String landline, String mobile, boolean mobileCertified,
                          Map<String, String> links, String rightsPage, String portal, String signOut,
                          List<String> documentNotices, List<Passkeys.Shown> passkeys, Map<String, String> passkeyRemovals) {
}
