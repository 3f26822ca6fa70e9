/** Text placed in ECharts' HTML tooltips is escaped: names come from data files anyone can edit. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
