"""The demo's pictures: drawn in the house colours, the same for the same seed."""

import io

from PIL import Image

from sociaalwerk.demo.images import BRAND, HEIGHT, WIDTH, composition, png_bytes


def test_the_same_seed_draws_the_same_picture_and_another_seed_another():
    assert png_bytes("sociale-verbondenheid") == png_bytes("sociale-verbondenheid")
    assert png_bytes("sociale-verbondenheid") != png_bytes("sterke-sociale-basis")


def test_pictures_are_wide_pngs_in_the_house_colours():
    picture = Image.open(io.BytesIO(png_bytes("home")))
    assert picture.format == "PNG" and picture.size == (WIDTH, HEIGHT)
    # Some seed in a handful uses the brand colour itself somewhere.
    colours = set()
    for seed in range(5):
        colours.update(colour for _, colour in composition(seed, 160, 90).getcolors(160 * 90))
    assert BRAND in colours
