// Imported first by the benchmark: restify's use of process.binding would print a deprecation warning (DEP0111).
process.noDeprecation = true;
