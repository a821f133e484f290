declare module "natural/lib/natural/util/stopwords.js" {
  const stopwords: { words: string[] };
  export default stopwords;
}
