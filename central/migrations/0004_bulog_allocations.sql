-- The monthly allocation (alokasi) the dinas / Bulog gives each koperasi per Bulog product (beras
-- SPHP, Minyakita), in milli-units of the product's unit as the outlets count stock. The outlets
-- keep no such number, so it lives only here. One row per koperasi, product (SKU) and month; every
-- change is kept in bulog_allocation_changes with who made it and what it was before.
CREATE TABLE bulog_allocations (
  koperasi_id  text NOT NULL REFERENCES koperasi (id),
  sku          text NOT NULL,
  program      text NOT NULL CHECK (program IN ('SPHP', 'MINYAKITA')),
  month        date NOT NULL CHECK (extract(day FROM month) = 1),
  qty_milli    bigint NOT NULL CHECK (qty_milli >= 0),
  set_by       text NOT NULL REFERENCES accounts (id),
  set_at       timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (koperasi_id, sku, month)
);

CREATE TABLE bulog_allocation_changes (
  id                bigserial PRIMARY KEY,
  koperasi_id       text NOT NULL REFERENCES koperasi (id),
  sku               text NOT NULL,
  program           text NOT NULL,
  month             date NOT NULL,
  qty_milli_before  bigint,
  qty_milli         bigint NOT NULL,
  set_by            text NOT NULL REFERENCES accounts (id),
  set_at            timestamptz NOT NULL DEFAULT now()
);
