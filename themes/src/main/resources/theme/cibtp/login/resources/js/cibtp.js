// keycloak.v2 shows the address being signed in with a label for "username" while its field is
// #kc-attempted-username: screen readers then read the field without its name. Point the label at it.
document.addEventListener("DOMContentLoaded", () => {
    const attempted = document.getElementById("kc-attempted-username");
    const label = document.querySelector('label[for="username"]');
    if (attempted && label && !document.getElementById("username")) {
        label.htmlFor = attempted.id;
    }
});

// Step 2's "Certifier" shows once a mobile is typed, as the guide says; without JavaScript it is always there.
document.addEventListener("DOMContentLoaded", () => {
    const certify = document.querySelector("[data-cibtp-certify]");
    const mobile = certify && document.getElementById(certify.dataset.cibtpCertify);
    if (certify && mobile) {
        const show = () => { certify.hidden = mobile.value.trim() === ""; };
        mobile.addEventListener("input", show);
        show();
    }
});

// The site chooser: a click anywhere on a line selects it, as the guide's "sélectionner une ligne" says; "Valider"
// then chooses. Without JavaScript the line's radio button does the same.
document.addEventListener("DOMContentLoaded", () => {
    document.querySelectorAll("tr.cibtp-site-row").forEach((row) => {
        const radio = row.querySelector('input[type="radio"]');
        row.addEventListener("click", (event) => {
            if (radio && !event.target.closest("input, label, .cibtp-dsn")) {
                radio.checked = true;
                radio.focus();
            }
        });
    });
});
