/** A made-up host name from a partnership's name: "Água Limpa für alle" -> "agua-limpa-fur-alle". */
export function hostNameOf(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
