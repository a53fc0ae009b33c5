// keycloak.v2 shows the address being signed in with a label for "username" while its field is
// #kc-attempted-username: screen readers then read the field without its name. Point the label at it.
document.addEventListener("DOMContentLoaded", () => {
    const attempted = document.getElementById("kc-attempted-username");
    const label = document.querySelector('label[for="username"]');
    if (attempted && label && !document.getElementById("username")) {
        label.htmlFor = attempted.id;
    }
});
