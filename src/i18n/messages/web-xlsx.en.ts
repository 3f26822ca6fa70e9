/** A page table's Excel workbook (keys web.xlsx.*): its button and its sources sheet. */
export const webXlsxEn = {
  xlsx: {
    button: "XLSX",
    label: "Download {name} as an Excel workbook, with its sources",
    sources: "Sources",
    outlet: "Outlet",
    date: "Date",
    title: "Title",
    link: "Link",
    none: "The table cites no source of its own; every figure of the dataset is sourced in halqa.",
    fromUpload: "Source: computed by halqa from your upload, {date}",
    uploadNone: "Computed from your upload: the table cites no published source.",
  },
};
