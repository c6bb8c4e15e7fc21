import { useEffect, useState } from 'react';

/** A stored media file as the screens get it (see storage/media-repository.ts). */
export interface MediaFile {
  readonly name: string;
  /** Set for a picture shown on cards (PNG, JPEG, GIF, WebP); `null` for other files. */
  readonly imageType: string | null;
  readonly blob: Blob;
}

/** What a card can show of its media: object URLs of its pictures, the names of its other files. */
export interface CardMedia {
  readonly images: ReadonlyMap<string, string>;
  readonly files: ReadonlySet<string>;
}

/**
 * Object URLs for the pictures among `files` (only those typed as pictures: a file's URL is
 * never made for anything else), revoked when the files change or the card unmounts; `null`
 * while `files` load.
 */
export function useCardMedia(files: readonly MediaFile[] | undefined): CardMedia | null {
  const [shown, setShown] = useState<{ files: readonly MediaFile[]; media: CardMedia } | null>(
    null,
  );
  useEffect(() => {
    if (files === undefined) return undefined;
    const images = new Map<string, string>();
    for (const file of files) {
      if (file.imageType !== null) images.set(file.name, URL.createObjectURL(file.blob));
    }
    const others = files.filter((file) => file.imageType === null).map((file) => file.name);
    // The URLs exist only from here on (a render may be thrown away, an effect is not), so
    // the state is set here: one more render once the files have loaded.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setShown({ files, media: { images, files: new Set(others) } });
    return () => {
      for (const url of images.values()) URL.revokeObjectURL(url);
    };
  }, [files]);
  return shown !== null && shown.files === files ? shown.media : null;
}
