/** Bumped when a backup, restore or reset changes what the storage section shows, so it reads again. */
class DataChanges {
	count = $state(0);

	bump(): void {
		this.count += 1;
	}
}

export const dataChanges = new DataChanges();
