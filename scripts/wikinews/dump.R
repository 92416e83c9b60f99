# Rscript dump.R <politics.rda> <economy.rda> <out.tsv>: toscaData's two Wikinews sets, one article per line
# (set, id, date, title, text), tabs and line breaks inside a field turned to spaces.
args <- commandArgs(trailingOnly = TRUE)
out <- file(args[3], "w", encoding = "UTF-8")
for (i in 1:2) {
  e <- new.env()
  name <- load(args[i], envir = e)[1]
  x <- get(name, envir = e)
  m <- x$meta
  for (j in seq_len(nrow(m))) {
    id <- m$id[j]
    t <- x$text[[id]]
    t <- paste(t[!is.na(t)], collapse = " ")
    fields <- c(name, id, format(m$date[j]), m$title[j], t)
    writeLines(paste(gsub("[\t\r\n]", " ", fields), collapse = "\t"), out, useBytes = TRUE)
  }
}
close(out)
