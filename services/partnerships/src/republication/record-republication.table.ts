/** Partnerships whose record is still to be published once more with its details (issue 16). */
export interface RecordToRepublishTable {
  partnership_id: string;
}
