-- Where the SHU run's appropriation lands (issue 18 item 3, docs/books.md "SHU"): the AD/ART funds
-- other than cadangan and the members' jasa are owed until spent or paid, so they are kewajiban
-- (UU 25/1992 art. 45 names the funds; the split is the koperasi's own, setting shu.allocation).
INSERT INTO accounts (code, name, kind, normal, cash, cash_flow, created_at) VALUES
  ('2501', 'Dana pengurus',                    'liability', 'credit', 0, 'pendanaan', '2026-12-01T00:00:00Z'),
  ('2502', 'Dana karyawan',                    'liability', 'credit', 0, 'pendanaan', '2026-12-01T00:00:00Z'),
  ('2503', 'Dana pendidikan',                  'liability', 'credit', 0, 'pendanaan', '2026-12-01T00:00:00Z'),
  ('2504', 'Dana sosial',                      'liability', 'credit', 0, 'pendanaan', '2026-12-01T00:00:00Z'),
  ('2505', 'Dana pembangunan daerah kerja',    'liability', 'credit', 0, 'pendanaan', '2026-12-01T00:00:00Z'),
  ('2506', 'Bagian SHU untuk kelurahan',       'liability', 'credit', 0, 'pendanaan', '2026-12-01T00:00:00Z');
