import { useEffect, useState } from 'react';
import { AUDIO_SIGNATURE_LENGTH, audioTypeOf } from '../domain/media/card-media.ts';

/** A stored media file as the screens get it (see storage/media-repository.ts). */
export interface MediaFile {
  readonly name: string;
  /** Set for a picture shown on cards (PNG, JPEG, GIF, WebP); `null` for other files. */
  readonly imageType: string | null;
  readonly blob: Blob;
}

/**
 * What a card can show of its media: object URLs of its pictures and of its sounds, the names
 * of its other files.
 */
export interface CardMedia {
  readonly images: ReadonlyMap<string, string>;
  readonly sounds: ReadonlyMap<string, string>;
  readonly files: ReadonlySet<string>;
}

/** What a card that names no file shows (the same object every time: no render more for it). */
const NO_MEDIA: CardMedia = { images: new Map(), sounds: new Map(), files: new Set() };

/** Each file with the sound type its first bytes show (`null`: not a sound played on cards). */
function judgeSounds(files: readonly MediaFile[]) {
  return Promise.all(
    files.map(async (file) => {
      if (file.imageType !== null) return { file, audioType: null };
      const head = await file.blob.slice(0, AUDIO_SIGNATURE_LENGTH).arrayBuffer();
      return { file, audioType: audioTypeOf(new Uint8Array(head)) };
    }),
  );
}

/**
 * Object URLs for the pictures and sounds among `files` (only those typed as such by their
 * bytes: a file's URL is never made for anything else, and a sound's Blob gets the type its
 * bytes show), revoked when the files change or the card unmounts; `null` while `files` load.
 * No files at all need no effect: the card shows at once, in its first render.
 */
export function useCardMedia(files: readonly MediaFile[] | undefined): CardMedia | null {
  const [shown, setShown] = useState<{ files: readonly MediaFile[]; media: CardMedia } | null>(
    null,
  );
  useEffect(() => {
    if (files === undefined || files.length === 0) return undefined;
    let ended = false;
    const urls: string[] = [];
    const urlOf = (blob: Blob) => {
      const url = URL.createObjectURL(blob);
      urls.push(url);
      return url;
    };
    const show = (judged: Awaited<ReturnType<typeof judgeSounds>>) => {
      const images = new Map<string, string>();
      const sounds = new Map<string, string>();
      const others = new Set<string>();
      for (const { file, audioType } of judged) {
        if (file.imageType !== null) images.set(file.name, urlOf(file.blob));
        else if (audioType !== null) {
          sounds.set(file.name, urlOf(file.blob.slice(0, file.blob.size, audioType)));
        } else others.add(file.name);
      }
      setShown({ files, media: { images, sounds, files: others } });
    };
    // The URLs exist only from here on (a render may be thrown away, an effect is not), so
    // the state is set here: one more render once the files have loaded and been judged. A card
    // with no file to judge (no media, or pictures only) is shown at once, not a promise later.
    if (files.every((file) => file.imageType !== null)) {
      show(files.map((file) => ({ file, audioType: null })));
    } else {
      void judgeSounds(files).then((judged) => {
        if (!ended) show(judged);
      });
    }
    return () => {
      ended = true;
      for (const url of urls) URL.revokeObjectURL(url);
    };
  }, [files]);
  if (files?.length === 0) return NO_MEDIA;
  return shown !== null && shown.files === files ? shown.media : null;
}
