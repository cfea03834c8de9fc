global using Liandong.Bankruptcy.Tax.Contracts;
