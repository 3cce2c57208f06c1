// The new-account form shows only the boxes the chosen role uses (a department for a department's or a
// team's account, a unit for a unit's). Without script every box shows and the console drops the unused ones.
function showWhatTheRoleNeeds(select) {
  const form = select.form;
  if (!form) {
    return;
  }
  form.querySelectorAll('[data-account-needs]').forEach((field) => {
    field.hidden = !field.dataset.accountNeeds.split(' ').includes(select.value);
  });
}

document.addEventListener('change', (event) => {
  if (event.target instanceof HTMLSelectElement && event.target.dataset.accountRole !== undefined) {
    showWhatTheRoleNeeds(event.target);
  }
});

document.addEventListener('DOMContentLoaded', () => {
  document.querySelectorAll('select[data-account-role]').forEach(showWhatTheRoleNeeds);
});
