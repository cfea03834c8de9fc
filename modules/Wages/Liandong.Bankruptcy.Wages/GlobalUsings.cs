global using Liandong.Bankruptcy.Wages.Contracts;
