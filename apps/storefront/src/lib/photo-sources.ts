import { getImageProps } from "next/image"

import { imageOrigins } from "@/lib/config"

/** Where a browser fetches a photo from: one URL, and the widths it may pick instead. */
export type PhotoSources = { src: string; srcSet?: string }

/**
 * Whether the storefront resizes this photo: files of the backend and the object store,
 * except vector drawings, which need no resizing.
 */
export function isResizable(src: string): boolean {
  let url: URL
  try {
    url = new URL(src)
  } catch {
    return false
  }
  return imageOrigins.includes(url.origin) && !url.pathname.toLowerCase().endsWith(".svg")
}

/**
 * The sources of a photo shown `size` px wide and high, for lists built in the browser
 * from server data: computed here, they keep the image code out of the browser's script.
 */
export function thumbnailSources(src: string, size: number): PhotoSources {
  const { props } = getImageProps({
    src,
    alt: "",
    width: size,
    height: size,
    unoptimized: !isResizable(src),
  })
  return { src: props.src, srcSet: props.srcSet }
}
