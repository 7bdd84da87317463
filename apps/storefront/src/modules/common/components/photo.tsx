import { getImageProps } from "next/image"
import { preload as preloadResource } from "react-dom"

import { isResizable } from "@/lib/photo-sources"

type PhotoProps = {
  src: string
  alt: string
  width: number
  height: number
  /**
   * The width the photo takes on a page that scales it, as for the `sizes` attribute.
   * Without it the photo is shown at `width` and sent at one and two times that.
   */
  sizes?: string
  className?: string
  /** The page's largest paint: announced in the head and loaded first, not lazily. */
  preload?: boolean
}

/**
 * A product or workshop photo, resized by the storefront to the width the screen needs
 * and sent as WebP. It renders a plain <img> with a srcset, so photos add no script to
 * the page. Vector drawings and files from origins the storefront does not know are
 * shown as they are.
 */
export function Photo({ preload = false, ...image }: PhotoProps) {
  const { props } = getImageProps({
    ...image,
    unoptimized: !isResizable(image.src),
    loading: preload ? "eager" : "lazy",
    fetchPriority: preload ? "high" : "auto",
    // Decoding off the main thread can paint the largest photo a frame later.
    decoding: preload ? "auto" : "async",
  })
  if (preload) {
    preloadResource(props.src, {
      as: "image",
      imageSrcSet: props.srcSet,
      imageSizes: props.sizes,
      fetchPriority: "high",
    })
  }
  // eslint-disable-next-line @next/next/no-img-element, jsx-a11y/alt-text -- alt is in props
  return <img {...props} />
}
