// PostCSS runs Tailwind CSS 4 over app/globals.css.
const config = {
  plugins: {
    "@tailwindcss/postcss": {},
  },
};

export default config;
