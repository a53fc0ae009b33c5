// "Ajout de délégation": a radio atop a column sets every feature to that mode (or the highest it allows);
// the Administrateur box checks every collège and the highest mode everywhere, and locks them.
// Without this script the form still works: each feature is set on its own and the server applies the admin rule.
const form = document.getElementById("cibtp-delegation");
const admin = document.getElementById("admin");
const featureRadios = () => Array.from(form.querySelectorAll('input[type="radio"][name^="droit_"]'));
const collegeBoxes = () => Array.from(form.querySelectorAll('input[name="colleges"]'));
const columnRadios = () => Array.from(form.querySelectorAll("input[data-cibtp-all]"));

function setAll(mode) {
  const byFeature = new Map();
  featureRadios().forEach((radio) => {
    const list = byFeature.get(radio.name) || [];
    list.push(radio);
    byFeature.set(radio.name, list);
  });
  byFeature.forEach((radios) => {
    const wanted = radios.find((r) => r.value === mode) || radios.find((r) => r.value === radios[0].dataset.highest);
    if (wanted) {
      wanted.checked = true;
    }
  });
}

function applyAdmin() {
  const locked = admin.checked;
  if (locked) {
    collegeBoxes().forEach((box) => (box.checked = true));
    featureRadios().forEach((radio) => {
      if (radio.value === radio.dataset.highest) {
        radio.checked = true;
      }
    });
  }
  [...collegeBoxes(), ...featureRadios(), ...columnRadios()].forEach((input) => (input.disabled = locked));
}

columnRadios().forEach((radio) => radio.addEventListener("change", () => setAll(radio.value)));
if (admin) {
  admin.addEventListener("change", applyAdmin);
}
