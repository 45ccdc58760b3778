import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { addUser, openTempHost, type Caller, type TempHost } from '../support/tempHost';
import type { ImportReport, MemberView } from '../../shared/api/members';

let h: TempHost;
let office: Caller;

beforeEach(async () => {
  h = openTempHost();
  addUser(h, 'budi', 'manajer', '222222');
  office = await h.as('budi', '222222');
});
afterEach(() => h.dispose());

const count = () => (h.core.db.prepare('SELECT COUNT(*) AS n FROM members').get() as { n: number }).n;
const b64 = (s: string | Buffer) => Buffer.from(s).toString('base64');

// Excel in Indonesian locale writes ';' and day-first dates.
const CSV = [
  'No Anggota;Nama;NIK;No KK;Alamat;RT;RW;Kelurahan;Telepon;Tanggal Masuk',
  '00010;Siti Aminah;6471054508900003;6471050101090001;Jl. Mulawarman 12;007;002;Gunung Samarinda;0812-5555-1234;15/01/2026',
  '00011;Rahmat;6471051234;;"Jl. Sudirman; Gg. 3";001;001;Gunung Samarinda;;2026-02-01',
  '00012;;;;;;;;;2026-02-01',
  '00013;Dewi;;;;;;;;2026-02-30',
  '00010;Duplikat;;;;;;;;2026-03-01',
].join('\r\n');

describe('member import', () => {
  it('a bad row writes nothing and the report names each row and field', async () => {
    const r = await office<ImportReport>('members.import', { format: 'csv', contentBase64: b64(CSV) });
    expect(r).toMatchObject({ rows: 5, valid: 1, imported: 0 });
    expect(r.problems.map((p) => [p.row, p.field, p.code])).toEqual([
      [3, 'nik', 'MEMBER_NIK_INVALID'],
      [4, 'name', 'MEMBER_NAME_REQUIRED'],
      [5, 'joinDate', 'MEMBER_DATE_INVALID'],
      [6, 'memberNo', 'MEMBER_NO_TAKEN'],
    ]);
    expect(r.problems[1]!.message).toBe('Nama anggota wajib diisi.');
    expect(count()).toBe(0);
  });

  it('imports the valid rows only when asked, with simpanan pokok', async () => {
    const r = await office<ImportReport>('members.import', { format: 'csv', contentBase64: b64(CSV), validRowsOnly: true, payPokok: true });
    expect(r).toMatchObject({ rows: 5, valid: 1, imported: 1 });
    const siti = await office<MemberView>('members.find', { code: '00010' });
    expect(siti).toMatchObject({ name: 'Siti Aminah', nikMasked: '****0003', joinDate: '2026-01-15', rt: '007', kelurahan: 'Gunung Samarinda' });
    expect((h.core.db.prepare('SELECT SUM(amount) AS s FROM simpanan_entries').get() as { s: number }).s).toBe(50_000);
  });

  it('reads XLSX with date cells, and flags a NIK typed as a number (its last digits are already lost)', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Anggota');
    ws.addRow(['nama', 'nik', 'tanggal_masuk', 'kode_kartu']);
    ws.addRow(['Siti', '6471054508900003', new Date(Date.UTC(2026, 0, 15)), 'KARTU-0001']);
    ws.addRow(['Rahmat', 6471054508900011, new Date(Date.UTC(2026, 1, 1)), null]);
    const content = Buffer.from(await wb.xlsx.writeBuffer());
    const r = await office<ImportReport>('members.import', { format: 'xlsx', contentBase64: b64(content) });
    expect(r.problems.map((p) => [p.row, p.field, p.code])).toEqual([[3, 'nik', 'IMPORT_NUMBER_NOT_TEXT']]);
    expect(count()).toBe(0);
    const ok = await office<ImportReport>('members.import', { format: 'xlsx', contentBase64: b64(content), validRowsOnly: true });
    expect(ok.imported).toBe(1);
    expect(await office<MemberView>('members.find', { code: 'KARTU-0001' })).toMatchObject({ name: 'Siti', joinDate: '2026-01-15', memberNo: '00001' });
  });

  it('refuses a file without the required columns', async () => {
    const r = await office('members.import', { format: 'csv', contentBase64: b64('foo,bar\n1,2\n') }).catch((e: { payload: unknown }) => e.payload);
    expect(r).toEqual({ code: 'IMPORT_HEADER_MISSING', params: { column: 'name' } });
  });
});
