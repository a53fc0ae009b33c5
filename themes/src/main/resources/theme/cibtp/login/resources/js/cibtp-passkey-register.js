// "Ajouter une clé d'accès": navigator.credentials.create() with the realm's passkey policy, then the form posted
// with the name typed on the page (Keycloak's own script asks it in a browser prompt). When the device makes no key
// (cancelled, unsupported), the page says so in its language and nothing is posted: the button can be tried again.
import { base64url } from "rfc4648";

const bytes = (text) => base64url.parse(text, { loose: true });
const text = (buffer) => base64url.stringify(new Uint8Array(buffer), { pad: false });

export async function registerPasskey(input) {
    const form = document.getElementById("register");
    const failed = document.getElementById("cibtp-passkey-failed");
    failed.hidden = true;
    if (!window.PublicKeyCredential) {
        failed.textContent = input.errmsg;
        failed.hidden = false;
        return;
    }
    const selection = {};
    if (input.authenticatorAttachment !== "not specified") {
        selection.authenticatorAttachment = input.authenticatorAttachment;
    }
    if (input.residentKey && input.residentKey !== "not specified") {
        selection.residentKey = input.residentKey;
        selection.requireResidentKey = input.residentKey === "required";
    }
    if (input.userVerificationRequirement !== "not specified") {
        selection.userVerification = input.userVerificationRequirement;
    }
    const publicKey = {
        challenge: bytes(input.challenge),
        rp: { id: input.rpId, name: input.rpEntityName },
        user: { id: bytes(input.userid), name: input.username, displayName: input.username },
        pubKeyCredParams: (input.signatureAlgorithms.length ? input.signatureAlgorithms : [-7]).map((alg) => ({ type: "public-key", alg })),
        authenticatorSelection: selection,
        excludeCredentials: input.excludeCredentialIds ? input.excludeCredentialIds.split(",").map((id) => ({ type: "public-key", id: bytes(id) })) : [],
    };
    if (input.attestationConveyancePreference !== "not specified") {
        publicKey.attestation = input.attestationConveyancePreference;
    }
    if (input.createTimeout !== 0) {
        publicKey.timeout = input.createTimeout * 1000;
    }
    try {
        const made = await navigator.credentials.create({ publicKey });
        form.clientDataJSON.value = text(made.response.clientDataJSON);
        form.attestationObject.value = text(made.response.attestationObject);
        form.publicKeyCredentialId.value = text(made.rawId);
        if (typeof made.response.getTransports === "function") {
            form.transports.value = (made.response.getTransports() || []).join();
        }
        if (made.authenticatorAttachment) {
            form.authenticatorAttachment.value = made.authenticatorAttachment;
        }
    } catch (error) {
        failed.textContent = input.failedmsg;
        failed.hidden = false;
        return;
    }
    form.requestSubmit();
}
