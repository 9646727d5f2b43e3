/**
 * Photos of a record: thumbnails from the phone's photo store, a 拍照 button that opens the camera
 * (or the album), and removal. Taking a photo never holds the record up: the file is scaled down
 * and stored first, then its id is added to the record; a photo that cannot be stored is said so
 * and the record is as it was.
 */
import '../../styles/photos.css';
import { useEffect, useRef, useState } from 'preact/hooks';
import { budgetState, newPhotoId } from '../../lib/photos/size.ts';
import { deletePhotos, getPhoto, photoBytes, putPhoto } from './photoDb.ts';
import { shrink } from './shrink.ts';

interface Props {
  /** ids of the photos to show, oldest first */
  ids: string[];
  /** what the photos show, for labels: 第 3 步 / 现场 / 第 2 项 */
  label: string;
  /** called once the photo file is stored; the caller records the id */
  onAdd?: (id: string, at: number) => void;
  onRemove?: (id: string) => void;
  /** room for more (the record's limit) */
  full?: boolean;
}

/** A stored photo as an <img>; its object URL lives as long as the image does. */
export function PhotoImg({ id, alt }: { id: string; alt: string }) {
  const [src, setSrc] = useState('');
  const [missing, setMissing] = useState(false);
  useEffect(() => {
    let url = '';
    let live = true;
    void getPhoto(id).then((r) => {
      if (!live) return;
      if (r.ok && r.value) setSrc((url = URL.createObjectURL(r.value.blob)));
      else setMissing(true);
    });
    return () => {
      live = false;
      if (url) URL.revokeObjectURL(url);
    };
  }, [id]);
  if (missing) return <span class="photo-missing">（照片不在这台手机上）</span>;
  return src ? <img src={src} alt={alt} data-photo={id} /> : <span class="photo-loading" aria-hidden="true" />;
}

export function PhotoList({ ids, label, onAdd, onRemove, full }: Props) {
  const input = useRef<HTMLInputElement>(null);
  const [said, setSaid] = useState('');
  const [busy, setBusy] = useState(false);
  const take = async (file: File | undefined) => {
    if (!file || !onAdd) return;
    setBusy(true);
    setSaid('正在压缩并保存照片…');
    try {
      const small = await shrink(file);
      const budget = budgetState(await photoBytes(), small.blob.size);
      if (budget.state === 'full') return setSaid(budget.text);
      const at = Date.now();
      const id = newPhotoId(at);
      const r = await putPhoto({ id, blob: small.blob, at, width: small.width, height: small.height });
      if (!r.ok) return setSaid(`照片没有存下（${r.error}）；记录照常保存。`);
      onAdd(id, at);
      setSaid(budget.state === 'warn' ? budget.text : `照片已保存（${Math.round(small.blob.size / 1024)} KB）。`);
    } catch (e) {
      setSaid(`照片没有存下：${e instanceof Error ? e.message : '未知原因'}；记录照常保存。`);
    } finally {
      setBusy(false);
      if (input.current) input.current.value = '';
    }
  };
  return (
    <div class="photo-list">
      {ids.length > 0 && (
        <ul class="photos" aria-label={`${label}的照片`}>
          {ids.map((id, i) => (
            <li key={id}>
              <PhotoImg id={id} alt={`${label}的照片 ${i + 1}`} />
              {onRemove && (
                <button
                  type="button"
                  class="button link no-print"
                  onClick={() => {
                    onRemove(id);
                    void deletePhotos([id]);
                  }}
                >
                  删除照片 {i + 1}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {onAdd && !full && (
        <label class={`button photo-take no-print${busy ? ' is-busy' : ''}`}>
          {busy ? '正在保存…' : `拍照（${label}）`}
          <input
            ref={input}
            type="file"
            accept="image/*"
            capture="environment"
            class="visually-hidden"
            disabled={busy}
            onChange={(e) => void take((e.target as HTMLInputElement).files?.[0])}
            data-photo-input
          />
        </label>
      )}
      {full && onAdd && <p class="muted no-print">这条记录的照片已经到上限，删掉一些才能再拍。</p>}
      <p class="no-print photo-said" role="status" aria-live="polite">
        {said}
      </p>
    </div>
  );
}
