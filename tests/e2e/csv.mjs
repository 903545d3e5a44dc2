// RFC 4180 CSV: quoted fields, doubled quotes, CRLF or LF, newlines inside quotes.
export function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i++; }
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"' && field === '') {
      quoted = true;
    } else if (c === ',') {
      row.push(field); field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field); field = '';
      rows.push(row); row = [];
    } else {
      field += c;
    }
  }
  if (quoted) throw new Error('CSV ends inside a quoted field');
  if (field !== '' || row.length > 0) { row.push(field); rows.push(row); }
  return rows;
}

// Header row first: returns one object per data row, keyed by column name.
export function csvRecords(text) {
  const [header, ...rows] = parseCsv(text);
  if (!header) return { header: [], records: [] };
  const records = rows.filter((r) => !(r.length === 1 && r[0] === '')).map((r) => {
    if (r.length !== header.length) throw new Error(`CSV row has ${r.length} fields, header has ${header.length}: ${r.join(',')}`);
    return Object.fromEntries(header.map((name, i) => [name, r[i]]));
  });
  return { header, records };
}
