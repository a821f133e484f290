declare module "natural/lib/natural/util/stopwords" {
  const stopwords: { words: string[] };
  export default stopwords;
}
