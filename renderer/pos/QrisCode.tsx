// The dynamic QRIS of one payment, drawn as an image from the outlet's static payload with the
// amount in it (shared/payments/qris.ts). There is no payment-provider link: the screen says so,
// and only the kasir, after seeing the money on the merchant app, confirms with its reference.
import { useEffect, useState } from 'react';
import QRCode from 'qrcode';
import { dynamicQris } from '../../shared/payments/qris';
import { useI18n } from '../lib/i18n';
import { rupiah } from '../lib/format';
import { useApi } from '../lib/session';

export function QrisCode({ payload, amount }: { payload: string; amount: number | null }) {
  const { t, err } = useI18n();
  const api = useApi();
  const [printed, setPrinted] = useState<string | null>(null);
  const [image, setImage] = useState<{ text: string; url: string } | null>(null);
  let text: string | null = null;
  let problem: string | null = null;
  if (amount !== null && amount > 0) {
    try {
      text = dynamicQris(payload, amount);
    } catch (e) {
      problem = err(e);
    }
  }

  useEffect(() => {
    if (!text) return;
    let live = true;
    QRCode.toDataURL(text, { errorCorrectionLevel: 'M', margin: 2, width: 240 }).then(
      (url) => live && setImage({ text, url }),
      () => live && setImage(null),
    );
    return () => {
      live = false;
    };
  }, [text]);

  return (
    <div className="qris-code">
      {problem && (
        <p role="alert" className="error">
          {problem}
        </p>
      )}
      {text && image?.text === text && amount !== null && (
        <figure>
          <img src={image.url} width={240} height={240} alt={t(`QR QRIS untuk ${rupiah(amount)}`, `QRIS code for ${rupiah(amount)}`)} />
          <figcaption className="pay-total">{rupiah(amount)}</figcaption>
        </figure>
      )}
      {text && amount !== null && (
        <button
          type="button"
          onClick={() =>
            void api.payments.printQris({ amount }).then(
              (r) =>
                setPrinted(
                  r.job?.status === 'failed'
                    ? `${t('QR gagal dicetak', 'The QR did not print')}${r.job.error ? `: ${err(r.job.error)}` : ''}.`
                    : t('QR dicetak.', 'QR printed.'),
                ),
              (e: unknown) => setPrinted(err(e)),
            )
          }
        >
          {t('Cetak QR untuk pembeli', 'Print the QR for the buyer')}
        </button>
      )}
      {printed && <p role="status">{printed}</p>}
      <p className="warning" role="note">
        {t(
          'Tidak ada sambungan ke bank atau penyedia pembayaran: layar ini tidak tahu apakah pembeli sudah membayar. Periksa uang masuk di aplikasi merchant, lalu ketik nomor referensinya.',
          'There is no link to a bank or payment provider: this screen does not know whether the buyer has paid. Check the payment on the merchant app, then type its reference number.',
        )}
      </p>
    </div>
  );
}
