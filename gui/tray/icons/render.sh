#!/bin/sh
# Renders the tray icons' SVG sources to the PNGs the resource file loads: Qt's SVG icon
# engine (qt6-svg) is not always installed, PNG needs no plugin. Run after editing an SVG
# and commit the PNGs. Needs rsvg-convert (Debian: librsvg2-bin) or ImageMagick's convert.
set -eu
cd "$(dirname "$0")"
for svg in current updating warning error paused notrunning; do
    for size in 16 22 32 48; do
        out="$svg-$size.png"
        if command -v rsvg-convert >/dev/null 2>&1; then
            rsvg-convert --width "$size" --height "$size" --output "$out" "$svg.svg"
        elif [ -x /usr/bin/convert ]; then
            /usr/bin/convert -background none -density 384 "$svg.svg" -resize "${size}x$size" "png32:$out"
        else
            echo "render.sh: needs rsvg-convert (apt-get install librsvg2-bin) or ImageMagick" >&2
            exit 1
        fi
    done
done
