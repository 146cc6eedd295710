# proof under fault and load: crash, fuzz, concurrency, full disk, benches (issue 7)
