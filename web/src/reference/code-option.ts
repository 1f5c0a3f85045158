/** A code the API accepts, with the name people read. */
export interface CodeOption {
  code: string;
  label: string;
}
