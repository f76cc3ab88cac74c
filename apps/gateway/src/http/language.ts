/** The operators are Chinese-speaking: Chinese unless the client's first preference is English. */
export function prefersEnglish(acceptLanguage: string | undefined): boolean {
  const first = acceptLanguage?.split(',')[0]?.trim().toLowerCase() ?? '';
  return first.startsWith('en');
}
